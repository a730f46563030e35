// One labelled field of the paste form (text, date or textarea), with its hint and its own error
// messages, both named by the field's aria-describedby.
import { FieldError } from '@/app/login/_components/field-error';

interface Props {
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  type?: 'text' | 'date' | 'url' | 'textarea';
  required?: boolean;
}

export function PasteField({ name, label, defaultValue, errors, hint, type = 'text', required }: Props) {
  const id = `paste-${name}`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  const common = {
    id,
    name,
    defaultValue,
    required,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
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
