// The ingestion job reads public addresses only: loopback, private networks, link-local (the cloud
// metadata address) and the like are refused before any request is sent, whether written as an IP, as
// IPv6, as an IPv4 address inside IPv6, or as a name resolving to one, and again by the connection's own
// lookup; a server meant to read its own network allows them with LAURELS_FETCH_PRIVATE_ADDRESSES=allow
// (which the other tests set).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPublicHost, isPublicAddress, PRIVATE_ADDRESSES_SETTING } from '@/jobs/ingest/fetch-address';
import { sendRequest } from '@/jobs/ingest/fetch-http';
import { fetchDocument, FetchError } from '@/jobs/ingest/fetch';
import { startServer } from './http-server';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.1.2.3',
    '::7f00:1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '2001:0:4136:e378::1',
    'fec0::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('takes %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('a fetch without the setting', () => {
  const saved = process.env[PRIVATE_ADDRESSES_SETTING];
  beforeEach(() => {
    delete process.env[PRIVATE_ADDRESSES_SETTING];
  });
  afterEach(() => {
    process.env[PRIVATE_ADDRESSES_SETTING] = saved;
  });

  it('refuses a loopback server before sending it anything, saying why and what allows it', async () => {
    const server = await startServer((_req, res) => res.end('<rss/>'));
    try {
      const refused = await fetchDocument(server.url('/feed.xml'), {}).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(FetchError);
      expect((refused as Error).message).toBe(
        `${new URL(server.url()).host} is a private address (127.0.0.1): Laurels reads only public addresses. ` +
          'A server meant to read feeds on its own network sets LAURELS_FETCH_PRIVATE_ADDRESSES=allow.',
      );
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it.each(['http://localhost/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://0x7f000001/'])(
    'refuses %s',
    async (url) => {
      await expect(checkPublicHost(new URL(url))).rejects.toThrow(/is a private address/);
    },
  );

  it('connects only to an address its own lookup has just checked, so a changed DNS answer cannot lead it in', async () => {
    // As if "localhost" had resolved to a public address when checkPublicHost looked: the request is sent
    // without that check, and the connection's lookup finds the loopback address and refuses it.
    const server = await startServer((_req, res) => res.end('<rss/>'));
    try {
      const url = new URL(server.url('/feed.xml').replace('127.0.0.1', 'localhost'));
      const refused = await sendRequest(url, {}, AbortSignal.timeout(5000)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(Error);
      expect(String((refused as Error).cause)).toMatch(
        /^FetchError: localhost is a private address \((127\.0\.0\.1|::1)\)/,
      );
      expect(server.requests).toHaveLength(0);
      // Allowed, the same request goes through: the refusal was the lookup's, not a failure to connect.
      process.env[PRIVATE_ADDRESSES_SETTING] = 'allow';
      const answer = await sendRequest(url, {}, AbortSignal.timeout(5000));
      expect(await answer.text()).toBe('<rss/>');
    } finally {
      await server.close();
    }
  });

  it('refuses a name that does not resolve rather than let fetch look it up unchecked', async () => {
    await expect(checkPublicHost(new URL('http://no-such-host.invalid/'))).rejects.toThrow(
      'no-such-host.invalid could not be found (no address for that name)',
    );
  });

  it('lets a public address through (an IP, so no lookup is needed here)', async () => {
    await expect(checkPublicHost(new URL('https://93.184.216.34/feed'))).resolves.toBeUndefined();
  });
});
