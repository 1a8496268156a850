import { describe, expect, it } from 'vitest';
import { announceSeed } from '../../../src/lib/server/demo/seed';

describe('the demo seed’s start-up lines', () => {
	it('print a generated password, and never one the operator chose', () => {
		const lines: string[] = [];
		announceSeed({ seeded: true, generated: true, password: 'made-up-here' }, (line) => lines.push(line));
		expect(lines.join('\n')).toContain('made-up-here');
		const chosen: string[] = [];
		announceSeed({ seeded: true, generated: false, password: 'operators-secret' }, (line) =>
			chosen.push(line)
		);
		expect(chosen.join('\n')).not.toContain('operators-secret');
		expect(chosen.at(-1)).toBe('Clusterplan demo password: the one set in DEMO_PASSWORD (not printed)');
	});
});
