// The server's clock, for what depends on the date (a call takes applications only between its
// opening and its deadline). A test hands the real server process its own clock through
// CLUSTERPLAN_CLOCK_FILE: a file holding an ISO moment, read on every call, so the test moves time
// by writing the file instead of waiting for it. Unset, as in every deployment, or while the test
// has written no moment yet, it is the wall clock.
import { existsSync, readFileSync } from 'node:fs';

/** Milliseconds since the epoch, as the server takes it now. */
export function serverNow(env: NodeJS.ProcessEnv = process.env): number {
	const file = env.CLUSTERPLAN_CLOCK_FILE;
	if (!file || !existsSync(file)) return Date.now();
	const moment = Date.parse(readFileSync(file, 'utf8').trim());
	if (Number.isNaN(moment)) throw new Error(`CLUSTERPLAN_CLOCK_FILE ${file} does not hold an ISO moment`);
	return moment;
}
