// One labelled control of a catalogue form (input, textarea or select, drawn by the caller) with its hint
// and its own error messages, both named by the control's aria-describedby so a screen reader reads them.
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function FormControl(props: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errorId ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children({ id: props.id, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hintId ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          {props.errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
