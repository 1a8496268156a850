// A plain text field of the plan (a node's name, an action's owner) saved as it is typed, through
// the plan's drafts: a pause in the typing, or leaving the page, fires the field's own `change`
// handler, which writes it as leaving the field always did.
import type { Attachment } from 'svelte/attachments';
import type { Drafts } from './drafts.svelte';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Saves the field as it is typed by firing its `change` handler; leaving the field fires it as ever. */
export function savesAsTyped(drafts: Drafts): Attachment<TextField> {
	return (field) => {
		const draft = drafts.draft((paused) => {
			// The plan trims what it stores: a pause after a space waits for the next letter, or the
			// page would put the trimmed text back under the caret and eat the space.
			if (paused && field.value !== field.value.trim()) return false;
			field.dispatchEvent(new Event('change', { bubbles: true }));
			return true;
		});
		const typed = () => draft.typed();
		// The browser's own change (leaving the field, Enter) writes it: nothing is left to write.
		const changed = (event: Event) => {
			if (event.isTrusted) draft.cancel();
		};
		field.addEventListener('input', typed);
		field.addEventListener('change', changed);
		return () => {
			draft.flush();
			draft.cancel();
			field.removeEventListener('input', typed);
			field.removeEventListener('change', changed);
		};
	};
}
