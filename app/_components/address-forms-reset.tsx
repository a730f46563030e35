'use client';
// A GET form that shows the address's choices (search filters, the dashboard's season and award) is
// marked autoComplete="off", which stops the browser from putting back, on Back or Forward, what was typed
// into it before it was sent: the page would show one search's results under another's filters. A page
// the browser keeps whole in its back-forward cache comes back as it was left, typing included; this
// resets those forms to the values the page was made with.
import { useEffect } from 'react';

export function AddressFormsReset() {
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      for (const form of document.querySelectorAll<HTMLFormElement>('form[method="get"][autocomplete="off"]')) {
        form.reset();
      }
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);
  return null;
}
