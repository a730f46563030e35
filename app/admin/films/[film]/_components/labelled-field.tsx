// One labelled text field of an edit form, with its hint and its own error messages, both named by the
// field's aria-describedby so a screen reader reads them with it.
import { FieldError } from '@/app/login/_components/field-error';

export interface LabelledFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
}

export function LabelledField({ id, name, label, defaultValue, errors, hint, ...input }: LabelledFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId!} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
