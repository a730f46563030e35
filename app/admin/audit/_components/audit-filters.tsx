// The audit log's filters, submitted as a plain GET so they work without JavaScript and every view of
// the log has an address to share. A value from the address that the lists do not hold (an account
// since removed, say) is still offered, so the form shows what is being filtered.
import Link from 'next/link';
import type { RawAuditValues } from '../audit-params';
import { describeActor } from './actor-label';

export interface AuditFilterChoices {
  accounts: readonly { id: number; email: string; name: string | null }[];
  systemActors: readonly string[];
  entityTypes: readonly string[];
  actions: readonly string[];
}

export function AuditFilterForm({ values, choices }: { values: RawAuditValues; choices: AuditFilterChoices }) {
  const accountActors = choices.accounts.map((account) => `user:${account.id}`);
  return (
    <form
      action="/admin/audit"
      method="get"
      autoComplete="off"
      aria-label="Filter the audit log"
      className="filters audit-filters"
    >
      <label htmlFor="audit-actor">
        Who
        <select id="audit-actor" name="actor" defaultValue={values.actor}>
          <option value="">Anyone</option>
          <optgroup label="People">
            {choices.accounts.map((account) => (
              <option key={account.id} value={`user:${account.id}`}>
                {account.name ? `${account.email} (${account.name})` : account.email}
              </option>
            ))}
          </optgroup>
          <optgroup label="Processes">
            {choices.systemActors.map((actor) => (
              <option key={actor} value={actor}>
                {describeActor(actor)}
              </option>
            ))}
          </optgroup>
          <Unlisted value={values.actor} listed={[...accountActors, ...choices.systemActors]} />
        </select>
      </label>
      <label htmlFor="audit-entity">
        Entity type
        <select id="audit-entity" name="entity" defaultValue={values.entity}>
          <option value="">Any</option>
          {choices.entityTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
          <Unlisted value={values.entity} listed={choices.entityTypes} />
        </select>
      </label>
      <label htmlFor="audit-id">
        Entity id
        <input id="audit-id" name="id" type="text" inputMode="numeric" size={8} defaultValue={values.id} />
      </label>
      <label htmlFor="audit-action">
        Action
        <select id="audit-action" name="action" defaultValue={values.action}>
          <option value="">Any</option>
          {choices.actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
          <Unlisted value={values.action} listed={choices.actions} />
        </select>
      </label>
      <label htmlFor="audit-from">
        From (UTC)
        <input id="audit-from" name="from" type="date" defaultValue={values.from} />
      </label>
      <label htmlFor="audit-to">
        To (UTC)
        <input id="audit-to" name="to" type="date" defaultValue={values.to} />
      </label>
      <button type="submit">Filter</button>
      <Link href="/admin/audit">Clear filters</Link>
    </form>
  );
}

function Unlisted({ value, listed }: { value: string; listed: readonly string[] }) {
  if (!value || listed.includes(value)) return null;
  return <option value={value}>{value}</option>;
}
