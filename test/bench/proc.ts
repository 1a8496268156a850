// CPU time and resident memory of a child process, from /proc (Linux).
import { readFileSync } from 'node:fs';

const ticksPerSecond = 100; // getconf CLK_TCK on Linux

/** User + system CPU seconds used so far by `pid`. */
export function cpuSeconds(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** Resident set size of `pid` in bytes. */
export function rssBytes(pid: number): number {
	const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return Number(match?.[1] ?? 0) * 1024;
}
