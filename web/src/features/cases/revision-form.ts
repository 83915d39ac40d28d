import { useState } from 'react';

/**
 * The state of a form kept in revisions (the assessment, the case plan), started from the saved revision and
 * brought up to date whenever a newer one arrives — the case may first be shown from the cache and then
 * refetched, or a colleague may save meanwhile — so nobody reads or approves an empty or outdated form.
 * Unsaved edits are never thrown away: while there are some, `newerSaved` says a newer revision exists.
 */
export function useRevisionForm<F extends object>(revision: number, initial: () => F) {
  const [form, setForm] = useState(initial);
  const [basis, setBasis] = useState(revision);
  const [dirty, setDirty] = useState(false);
  if (revision !== basis && !dirty) {
    // Adjusting state while rendering: React renders again at once with the new form.
    setBasis(revision);
    setForm(initial());
  }
  return {
    form,
    set: (patch: Partial<F>) => {
      setDirty(true);
      setForm((old) => ({ ...old, ...patch }));
    },
    /** After the person's own save: what they see is that revision. */
    markSaved: (saved: number) => {
      setBasis(saved);
      setDirty(false);
    },
    newerSaved: dirty && revision > basis,
  };
}
