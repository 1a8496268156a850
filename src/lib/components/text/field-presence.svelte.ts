// Which field each person is typing in: focus shared through presence, so a field someone else is
// in shows their colour and name before two people overwrite each other's sentence.
import type { Attachment } from 'svelte/attachments';
import type { Peer, Presence } from '$lib/collab/presence.svelte';

/**
 * Shares focus inside the element (a field, or a wrapper around several inputs of one field) as
 * `field: key`. Focus moving between inputs of the wrapper keeps the key; leaving clears it.
 * Focus leaving one field and entering the next share in the same frame, so peers see one change.
 */
export function sharesFocus(presence: Presence | undefined, key: string): Attachment<HTMLElement> {
	return (element) => {
		if (!presence) return;
		const focusin = () => presence.share({ field: key });
		const focusout = (event: FocusEvent) => {
			if (!element.contains(event.relatedTarget as Node | null)) presence.share({ field: null });
		};
		element.addEventListener('focusin', focusin);
		element.addEventListener('focusout', focusout);
		return () => {
			element.removeEventListener('focusin', focusin);
			element.removeEventListener('focusout', focusout);
			if (element.contains(document.activeElement)) presence.share({ field: null });
		};
	};
}

/** The others whose focus is in the field `key`, one entry per person (not per tab). */
export function peersIn(presence: Presence | undefined, key: string): Peer[] {
	if (!presence) return [];
	const inField = presence.peers.filter((peer) => peer.field === key);
	return inField.filter((peer, i) => inField.findIndex((p) => p.user.id === peer.user.id) === i);
}
