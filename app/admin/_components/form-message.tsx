// A form's answer: an alert after a refusal, a status line otherwise (empty until the first answer), so a
// screen reader reads what the form said. One place for how the admin forms answer.

export function FormMessage({ state, id }: { state: { ok: boolean; message?: string } | null; id?: string }) {
  const failed = state !== null && !state.ok;
  return (
    <p
      id={id}
      role={failed ? 'alert' : 'status'}
      className={state?.message ? (failed ? 'form-error' : 'form-ok') : undefined}
    >
      {state?.message}
    </p>
  );
}
