// Comment drafts kept in the tab's session storage, so text typed while offline, or before a failed
// post, a closed panel or a reload, is still there. One draft per person, plan, item and thread.

/** The key of one draft: a new thread on an item, or a reply in one thread. */
export function draftKey(username: string, planId: string, anchorId: string, replyTo: string | null): string {
	return `clusterplan/comment-draft/${username}/${planId}/${anchorId}/${replyTo ?? 'new'}`;
}

// Storage may be unavailable (privacy modes, full quota): the draft then lives as long as the form.
export function loadDraft(key: string): string {
	try {
		return sessionStorage.getItem(key) ?? '';
	} catch {
		return '';
	}
}

export function saveDraft(key: string, text: string): void {
	try {
		if (text) sessionStorage.setItem(key, text);
		else sessionStorage.removeItem(key);
	} catch {
		// kept in the form only
	}
}
