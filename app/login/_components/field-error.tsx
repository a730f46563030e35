// A field's own messages, under the field and named by its aria-describedby.
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}
