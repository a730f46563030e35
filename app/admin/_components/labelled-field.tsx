// One labelled field of an admin form (text, date, URL or a textarea), with its hint and its own error
// messages, both named by the field's aria-describedby so a screen reader reads them with it.
import { FieldError } from '@/app/login/_components/field-error';

export interface LabelledFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  type?: 'text' | 'date' | 'url' | 'textarea';
  required?: boolean;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
}

export function LabelledField({
  id,
  name,
  label,
  defaultValue,
  errors,
  hint,
  type = 'text',
  ...input
}: LabelledFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  const common = {
    id,
    name,
    defaultValue,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    ...input,
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId!} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      {type === 'textarea' ? <textarea {...common} rows={10} spellCheck={false} /> : <input {...common} type={type} />}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
