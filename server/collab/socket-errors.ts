// Errors of a socket whose other end went away (a closed tab, a dropped network, a reload) are how
// connections ordinarily end, not faults: they are not logged. Anything else still is.

const ORDINARY = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);

/** True when `error` only says the peer went away. */
export function isOrdinaryClose(error: Error): boolean {
	return ORDINARY.has((error as NodeJS.ErrnoException).code ?? '');
}

/** Logs a socket error with `what` unless it is an ordinary close. */
export function warnUnlessOrdinary(what: string, error: Error): void {
	if (!isOrdinaryClose(error)) console.warn(`collab: ${what}: ${error.message}`);
}
