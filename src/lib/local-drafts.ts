// Drafts of what the server writes (comments, a workshop's sticky notes), kept in the browser's local
// storage until the server has taken them, so text typed while offline, or before a failed post, a
// closed panel, a reload or a closed tab, is still there. The server stamps the author and the time,
// so a draft typed offline waits here, with the form saying so, and is posted once the connection is
// back. One draft per person, plan and place.

/** The key of a comment's draft: a new thread on an item, or a reply in one thread. */
export function draftKey(username: string, planId: string, anchorId: string, replyTo: string | null): string {
	return `clusterplan/comment-draft/${username}/${planId}/${anchorId}/${replyTo ?? 'new'}`;
}

/** The key of a new sticky note's draft in one column of a workshop's board. */
export function noteDraftKey(username: string, planId: string, workshopId: string, columnId: string): string {
	return `clusterplan/note-draft/${username}/${planId}/${workshopId}/${columnId}`;
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
