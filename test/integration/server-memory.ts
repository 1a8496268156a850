// How much memory a server process took while a test did something, read from Linux's /proc: the
// peak resident size is reset first, so the answer is the highest the process reached during the
// work, however briefly, above where it stood before. No timing: the kernel keeps the peak.
import { readFileSync, writeFileSync } from 'node:fs';

function kilobytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	if (!match) throw new Error(`no ${field} for process ${pid}`);
	return Number(match[1]);
}

/** Runs `work` and resolves with how many MB the process `pid` grew by at its peak during it. */
export async function peakGrowth(pid: number, work: () => Promise<unknown>): Promise<number> {
	// Writing 5 to clear_refs resets the peak (VmHWM) to the current size (proc(5)).
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
	const before = kilobytes(pid, 'VmRSS');
	await work();
	return (kilobytes(pid, 'VmHWM') - before) / 1024;
}
