'use client';
// What every form of the results screen shares: its Server Action state, and which form spoke last.
// Each form keeps its own live region, so without JavaScript the page re-rendered after the POST shows
// the answer beside the button pressed; with JavaScript only the latest form's answer is shown, so an
// editor (or a screen reader) never takes an earlier click's message for the latest one.
import { createContext, useActionState, useContext, useState, type FormEvent, type ReactNode } from 'react';
import type { FormAction } from '@/app/_lib/action';

const LatestForm = createContext<{ latest: string | null; setLatest: (key: string) => void } | null>(null);

export function ResultFormsProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<string | null>(null);
  return <LatestForm.Provider value={{ latest, setLatest }}>{children}</LatestForm.Provider>;
}

export interface ResultForm {
  formAction: (formData: FormData) => void;
  isPending: boolean;
  /** The answer to this form's latest click, while it is the latest on the page. */
  message: string | null;
  isError: boolean;
  /** Marks this form as the latest, and ignores a second click while the first is on its way. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export function useResultForm(action: FormAction<unknown>, key: string): ResultForm {
  const [state, formAction, isPending] = useActionState(action, null);
  const forms = useContext(LatestForm);
  const isLatest = !forms || forms.latest === null || forms.latest === key;
  return {
    formAction,
    isPending,
    message: state && isLatest ? state.message || null : null,
    isError: state?.ok === false,
    onSubmit: (event) => {
      // A double click would send the same version twice and earn the editor a conflict with themselves.
      if (isPending) event.preventDefault();
      else forms?.setLatest(key);
    },
  };
}

/** The form's live region: always in the page, so that a message put into it is announced. */
export function ResultMessage({ form, id }: { form: ResultForm; id: string }) {
  return (
    <p id={id} role="status" className={form.isError ? 'result-message is-error' : 'result-message'}>
      {form.message}
    </p>
  );
}
