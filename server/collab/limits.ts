// Limits and close codes of the collaboration socket, in one place so the server, the tests and the
// client-side session agree on them. Codes 4400-4499 tell y-websocket not to reconnect.

/** Why the server closed a connection. */
export const CloseCode = {
	/** Server shutdown; the client reconnects. */
	goingAway: 1001,
	/** The server is restarting (SIGTERM): what was sent is stored; the client reconnects. */
	serviceRestart: 1012,
	/** A frame larger than `maxMessageBytes` (sent by `ws` itself). */
	tooBig: 1009,
	/** A bug or a failed commit on our side; the client reconnects and resends its state. */
	internal: 1011,
	/** The client reads too slowly to keep up; it reconnects and catches up by sync. */
	tooSlow: 1013,
	/**
	 * The database is not answering (or did not store the message's update): nothing of it was
	 * applied or passed on. "Try again later": the client keeps its edits and resends on reconnect.
	 */
	unavailable: 1013,
	/** A malformed, truncated or unknown message. */
	malformed: 4400,
	/** The session expired or was logged out. */
	sessionEnded: 4401,
	/** The user's role no longer allows viewing this plan. */
	forbidden: 4403,
	/** The socket kept sending changes the plan's rules refuse; reconnecting would only repeat them. */
	tooManyRefusals: 4422,
	/**
	 * An update builds on content the server does not have. Corrupt or forged, or a client that got
	 * ahead through another channel (y-websocket's BroadcastChannel between tabs): outside 4400-4499
	 * so the client reconnects, and its sync step 2 then brings the missing part along.
	 */
	outOfSync: 4500
} as const;

export type CollabLimits = {
	/** Largest accepted websocket frame. */
	maxMessageBytes: number;
	/** Bytes queued for one socket beyond which it is dropped as too slow (it reconnects and resyncs). */
	maxBufferedBytes: number;
	/** How many different plans one user may have open at once. */
	maxDocumentsPerUser: number;
	/** How many sockets one user may have open on one plan (tabs and windows). */
	maxSocketsPerPlan: number;
	/** Compact a document's log once it holds more rows than this… */
	compactAfterUpdates: number;
	/** …or more bytes than this. */
	compactAfterBytes: number;
	/** How often idle connections are re-checked against their session and role, and pinged. */
	sweepIntervalMs: number;
	/** Messages one socket may have waiting for their check before it is dropped as flooding. */
	maxQueuedMessages: number;
};

const MiB = 1024 * 1024;

function positive(value: string | undefined, fallback: number): number {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new Error(`Expected a positive number, got "${value}"`);
	return n;
}

/** Limits from the environment (COLLAB_MAX_MESSAGE_BYTES, COLLAB_MAX_DOCUMENTS_PER_USER, …), else defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): CollabLimits {
	return {
		maxMessageBytes: positive(env.COLLAB_MAX_MESSAGE_BYTES, 10 * MiB),
		maxBufferedBytes: positive(env.COLLAB_MAX_BUFFERED_BYTES, 64 * MiB),
		maxDocumentsPerUser: positive(env.COLLAB_MAX_DOCUMENTS_PER_USER, 20),
		maxSocketsPerPlan: positive(env.COLLAB_MAX_SOCKETS_PER_PLAN, 8),
		compactAfterUpdates: positive(env.COLLAB_COMPACT_AFTER_UPDATES, 200),
		compactAfterBytes: positive(env.COLLAB_COMPACT_AFTER_BYTES, MiB),
		sweepIntervalMs: positive(env.COLLAB_SWEEP_INTERVAL_MS, 5000),
		maxQueuedMessages: positive(env.COLLAB_MAX_QUEUED_MESSAGES, 10_000)
	};
}
