// The line of PDF prints: at most `running` Chromiums at once and `waiting` requests in line behind
// them; one more is refused at once (the export answers 503 with Retry-After) rather than piling up
// requests that would time out at a proxy, each holding its connection, while the server prints.

import { Refusal } from '../../refusal';

/** How many prints may run and wait, and how long one is expected to take. */
export type PrintLimits = { running: number; waiting: number; secondsPerPrint: number };

// One print at a time: a Chromium takes most of a small server's memory and cores while it runs.
// Eight waiting: at a few seconds a print, the last in line has its PDF within about half a minute,
// inside a proxy's usual 60 s, and an office exporting its plan at once does not see a refusal.
export const DEFAULT_PRINT_LIMITS: PrintLimits = { running: 1, waiting: 8, secondsPerPrint: 4 };

/** The line is full: 503 `busy`, to be asked again after `retryAfter` seconds. */
export function printQueueFull(retryAfter: number): Refusal {
	return new Refusal(503, 'busy', 'The server is printing as many PDFs as it can; try again shortly', {
		retryAfter
	});
}

export type PrintQueue = {
	/** Runs `work` when a place is free, or rejects with `printQueueFull` at once when the line is full. */
	run<T>(work: () => Promise<T>): Promise<T>;
	readonly running: number;
	readonly waiting: number;
};

/** A line of prints with the given limits; the prints run in the order they came. */
export function printQueue(limits: PrintLimits): PrintQueue {
	let running = 0;
	const line: (() => void)[] = [];

	const startNext = () => {
		if (running >= limits.running) return;
		const next = line.shift();
		if (next) next();
	};

	return {
		run<T>(work: () => Promise<T>): Promise<T> {
			if (running >= limits.running && line.length >= limits.waiting) {
				// Long enough for everyone ahead to be served, if a print takes its usual time.
				const ahead = running + line.length;
				const seconds = Math.ceil((ahead / limits.running) * limits.secondsPerPrint);
				return Promise.reject(printQueueFull(seconds));
			}
			return new Promise<T>((resolve, reject) => {
				// The place is free again before the caller hears of the end, so whoever asks next finds it.
				const ended = () => {
					running--;
					startNext();
				};
				const start = () => {
					running++;
					Promise.resolve()
						.then(work)
						.then(
							(value) => {
								ended();
								resolve(value);
							},
							(error: unknown) => {
								ended();
								reject(error);
							}
						);
				};
				line.push(start);
				startNext();
			});
		},
		get running() {
			return running;
		},
		get waiting() {
			return line.length;
		}
	};
}

function count(
	env: NodeJS.ProcessEnv,
	name: string,
	least: number,
	fallback: number,
	warn: (line: string) => void
) {
	const text = env[name];
	if (text === undefined || text === '') return fallback;
	const value = Number(text);
	if (Number.isSafeInteger(value) && value >= least) return value;
	warn(`Clusterplan: ${name} must be a whole number of at least ${least}, not "${text}"; using ${fallback}`);
	return fallback;
}

/** The limits `PDF_PRINTS_RUNNING` and `PDF_PRINTS_WAITING` set; a value that is not a count is said and ignored. */
export function printLimitsFrom(
	env: NodeJS.ProcessEnv,
	warn: (line: string) => void = console.warn
): PrintLimits {
	return {
		running: count(env, 'PDF_PRINTS_RUNNING', 1, DEFAULT_PRINT_LIMITS.running, warn),
		waiting: count(env, 'PDF_PRINTS_WAITING', 0, DEFAULT_PRINT_LIMITS.waiting, warn),
		secondsPerPrint: DEFAULT_PRINT_LIMITS.secondsPerPrint
	};
}
