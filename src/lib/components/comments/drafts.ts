// Comment drafts kept in the browser's local storage until the server has taken them, so text typed
// while offline, or before a failed post, a closed panel, a reload or a closed tab, is still there.
// A comment is written by the server (it stamps the author and the time), so one typed offline waits
// here, with the form saying so, and is posted once the connection is back. One draft per person,
// plan, item and thread.

/** The key of one draft: a new thread on an item, or a reply in one thread. */
export function draftKey(username: string, planId: string, anchorId: string, replyTo: string | null): string {
	return `clusterplan/comment-draft/${username}/${planId}/${anchorId}/${replyTo ?? 'new'}`;
}

// Storage may be unavailable (privacy modes, full quota): the draft then lives as long as the form.
export function loadDraft(key: string): string {
	try {
		return localStorage.getItem(key) ?? '';
	} catch {
		return '';
	}
}

export function saveDraft(key: string, text: string): void {
	try {
		if (text) localStorage.setItem(key, text);
		else localStorage.removeItem(key);
	} catch {
		// kept in the form only
	}
}
