'use client';
// Listens to /api/live and re-renders the page (router.refresh(): the server renders afresh, the page keeps
// its scroll and focus) when the results it shows have changed, then says so to screen readers. Without
// an edition it refreshes on any change (the dashboard). The browser reconnects by itself after a dropped
// connection; when the server refuses (503, full), this waits 1 s, 2 s, 4 s … up to a minute and tries
// again, sending the last event it saw so that nothing missed meanwhile is lost.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

export function LiveRefresh({ edition }: { edition?: string }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = 1000;
    let seen = '';
    const connect = () => {
      source = new EventSource(seen ? `/api/live?since=${encodeURIComponent(seen)}` : '/api/live');
      source.addEventListener('hello', (event) => {
        delay = 1000;
        seen = event.lastEventId;
      });
      source.addEventListener('change', (event) => {
        seen = event.lastEventId;
        const { editions } = JSON.parse(event.data) as { editions: string[] | null };
        if (edition && editions && !editions.includes(edition)) return;
        router.refresh();
        setMessage(`Results updated at ${new Date().toLocaleTimeString([], { timeStyle: 'short' })}.`);
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(connect, delay);
        delay = Math.min(delay * 2, 60_000);
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [edition, router]);
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
