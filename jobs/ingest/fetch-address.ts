// Which hosts the ingestion job may read: public addresses only. An admin types a source's address, and
// "Fetch now" shows what came back, so without this check an admin account (or whoever holds one) could
// make the server read its own loopback services, the private network it sits on, or a cloud metadata
// address (169.254.169.254), and show the answer. Checked twice, on every address the host name resolves
// to: before every request, redirects included (checkPublicHost, whose refusal names the address), and by
// the connection itself (connectLookup), which connects only to the addresses it has just checked, so a
// host whose DNS answer changes in between (DNS rebinding) cannot lead it elsewhere. A server that reads
// feeds on its own network (a test fixture, an intranet) sets LAURELS_FETCH_PRIVATE_ADDRESSES=allow.
import { lookup as lookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { FetchError } from './fetch-error';

export const PRIVATE_ADDRESSES_SETTING = 'LAURELS_FETCH_PRIVATE_ADDRESSES';

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, and IPv4 written in the old IPv4-compatible form
  ['64:ff9b::', 96], // NAT64: an IPv4 address behind a translator
  ['64:ff9b:1::', 48], // local NAT64
  ['2001::', 32], // Teredo: an IPv4 address tunnelled
  ['2002::', 16], // 6to4: likewise
  ['fc00::', 7], // unique local
  ['fec0::', 10], // site-local (deprecated, still routed by some)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one a public server answers at (an IPv4 address written as IPv6 as itself). */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const privateAllowed = () => process.env[PRIVATE_ADDRESSES_SETTING] === 'allow';

/** A refusal to read an address that is not public (a FetchError like any other failure to read). */
export class PrivateAddressError extends FetchError {}

function privateAddressError(host: string, address: string): FetchError {
  return new PrivateAddressError(
    `${host} is a private address (${address}): Laurels reads only public addresses. ` +
      `A server meant to read feeds on its own network sets ${PRIVATE_ADDRESSES_SETTING}=allow.`,
  );
}

/** Refuses a URL whose host is, or resolves to, an address that is not public (unless allowed). */
export async function checkPublicHost(url: URL): Promise<void> {
  if (privateAllowed()) return;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((entry) => entry.address),
        () => {
          // Unchecked, fetch would look the name up again itself.
          throw new FetchError(`${url.host} could not be found (no address for that name)`);
        },
      );
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused) throw privateAddressError(url.host, refused);
}

/**
 * Why an admin cannot add a source at this address (its host is, or now resolves to, an address that is
 * not public), or null. A name that does not resolve yet is let through: it is checked on every read.
 */
export async function privateAddressRefusal(address: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null; // the form's own check says what is wrong with it
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  try {
    await checkPublicHost(url);
    return null;
  } catch (error) {
    return error instanceof PrivateAddressError ? error.message : null;
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The name lookup of the connection itself (net.connect's `lookup`): the addresses the name resolves to
 * now, refused whole if any is not public (unless allowed), so the socket connects only to an address
 * checked in this very lookup. An IP written in the address is not looked up: checkPublicHost checks it.
 */
export function connectLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookupCallback(hostname, { ...options, all: true }, (error, found) => {
    if (error) return callback(error, []);
    const refused = privateAllowed() ? undefined : found.find((entry) => !isPublicAddress(entry.address));
    if (refused) return callback(privateAddressError(hostname, refused.address), []);
    if (options.all) return callback(null, found);
    const [first] = found;
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
