import { useState } from 'preact/hooks';
import { isWebUrl } from '../../domain/safe-url';

/** "Set homepage": a small disclosure with one URL field; the user's homepage always wins. */
export function SetHomepageForm({
  current,
  onSubmit,
  disabled = false,
}: {
  current?: string;
  onSubmit(url: string): void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(current ?? '');
  const valid = isWebUrl(value.trim());
  if (!open)
    return (
      <button type="button" class="action" data-testid="set-homepage" onClick={() => setOpen(true)} disabled={disabled}>
        Set homepage
      </button>
    );
  return (
    <form
      class="set-homepage"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit(value.trim());
        setOpen(false);
      }}
    >
      <label>
        Homepage URL
        <input
          type="url"
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          placeholder="https://…"
        />
      </label>
      <button type="submit" class="action" disabled={!valid}>
        Save
      </button>
    </form>
  );
}
