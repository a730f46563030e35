// The box an admin ticks before something is deleted (a nomination, a record entered by mistake): posted as
// `confirm`, required in the browser and checked again by the action, whose refusal shows beneath it.
export function ConfirmBox({ id, label, errors }: { id: string; label: string; errors?: string[] }) {
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <input id={id} type="checkbox" name="confirm" required aria-describedby={errors ? errorId : undefined} />{' '}
      <label htmlFor={id}>{label}</label>
      {errors ? (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
