// One labelled input of the edition form with its hint and its error messages, tied to the input through
// aria-describedby so that a screen reader reads the message with the field.
import type { ReactNode } from 'react';

export interface EditionFieldProps {
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: ReactNode;
  type?: 'text' | 'date';
  inputMode?: 'numeric';
  required?: boolean;
  multiline?: boolean;
}

export function EditionField({ name, label, defaultValue, errors, hint, type = 'text', ...rest }: EditionFieldProps) {
  const id = `edition-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue,
    'aria-describedby': describedBy,
    'aria-invalid': errorId ? true : undefined,
    required: rest.required,
  };
  return (
    <p className={errorId ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {rest.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={type} inputMode={rest.inputMode} />
      )}
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {errorId ? (
        <span id={errorId} className="field-error">
          {errors!.join(' ')}
        </span>
      ) : null}
    </p>
  );
}
