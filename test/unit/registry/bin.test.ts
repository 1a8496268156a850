// The BIN check: which numbers it takes, which it refuses and why, and which typing slips it catches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binCheckDigit, binProblem, normalBin } from '$lib/registry/bin';

// The first weighted sum of the rule (weights 1…11, modulo 11), written again here so the tests do
// not take the code's word for it.
const firstSum = (bin: string) =>
	[...bin.slice(0, 11)].reduce((sum, digit, i) => sum + Number(digit) * (i + 1), 0) % 11;

const digits = (length: number) =>
	fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** A valid BIN: eleven digits that can start one, and their check digit. */
const validBin = digits(11)
	.filter((first11) => binCheckDigit(first11) !== null)
	.map((first11) => `${first11}${binCheckDigit(first11)}`);

/** `bin` with the digit at `position` changed to another. */
function slip(bin: string, position: number, shift: number): string {
	const digit = (Number(bin[position]) + shift) % 10;
	return `${bin.slice(0, position)}${digit}${bin.slice(position + 1)}`;
}

describe('a valid BIN', () => {
	it('has the check digit of its first sum', () => {
		// 94044000001: 9·1 + 4·2 + 4·4 + 4·5 + 1·11 = 64, and 64 mod 11 = 9.
		expect(binCheckDigit('94044000001')).toBe(9);
		expect(binProblem('940440000019')).toBeNull();
	});

	it('has the check digit of its second sum when the first is 10', () => {
		// 12345678901: 1·1 + 2·2 + … + 9·9 + 0·10 + 1·11 = 296, 296 mod 11 = 10; again with weights
		// 3…11, 1, 2: 3 + 8 + 15 + 24 + 35 + 48 + 63 + 80 + 99 + 0 + 2 = 377, 377 mod 11 = 3.
		expect(binCheckDigit('12345678901')).toBe(3);
		expect(binProblem('123456789013')).toBeNull();
	});

	it('cannot start with eleven digits whose second sum is also 10', () => {
		// 00000000281: 2·9 + 8·10 + 1·11 = 109 ≡ 10; 2·11 + 8·1 + 1·2 = 32 ≡ 10.
		expect(binCheckDigit('00000000281')).toBeNull();
		for (let last = 0; last <= 9; last++) expect(binProblem(`00000000281${last}`)).toBe('check_digit');
	});

	it('is every BIN built from a check digit', () => {
		fc.assert(
			fc.property(validBin, (bin) => {
				expect(binProblem(bin)).toBeNull();
			})
		);
	});

	it('may be written with spaces between groups, and is stored without them', () => {
		expect(binProblem('940440 000019')).toBeNull();
		expect(binProblem(' 9404 4000 0019 ')).toBeNull();
		expect(normalBin(' 9404 4000\t0019 ')).toBe('940440000019');
	});
});

describe('a refused BIN', () => {
	it('has something other than digits', () => {
		expect(binProblem('94044000001X')).toBe('not_digits');
		expect(binProblem('940-440-000-019')).toBe('not_digits');
		expect(binProblem('９４０４４００００019')).toBe('not_digits');
	});

	it('is not 12 digits long', () => {
		expect(binProblem('')).toBe('wrong_length');
		expect(binProblem('94044000001')).toBe('wrong_length');
		expect(binProblem('9404400000190')).toBe('wrong_length');
		expect(binCheckDigit('9404400000')).toBeNull();
	});

	it('has a check digit that does not match', () => {
		expect(binProblem('940440000018')).toBe('check_digit');
		expect(binProblem('123456789012')).toBe('check_digit');
	});
});

describe('a typing slip in one digit', () => {
	const anySlip = fc.integer({ min: 1, max: 9 });

	it('is always caught in the check digit', () => {
		fc.assert(
			fc.property(validBin, anySlip, (bin, shift) => {
				expect(binProblem(slip(bin, 11, shift))).toBe('check_digit');
			})
		);
	});

	it('is always caught in the first ten digits when the first sum decides, before and after', () => {
		fc.assert(
			fc.property(validBin, fc.integer({ min: 0, max: 9 }), anySlip, (bin, position, shift) => {
				const typo = slip(bin, position, shift);
				fc.pre(firstSum(bin) !== 10 && firstSum(typo) !== 10);
				expect(binProblem(typo)).toBe('check_digit');
			})
		);
	});

	it('is caught in the eleventh digit only when the second sum decides', () => {
		// Weight 11 adds nothing modulo 11: 940440000029 passes as well as 940440000019.
		expect(binProblem('940440000029')).toBeNull();
		fc.assert(
			fc.property(validBin, anySlip, (bin, shift) => {
				expect(binProblem(slip(bin, 10, shift)) === null).toBe(firstSum(bin) !== 10);
			})
		);
	});

	it('is caught far more often than not', () => {
		// Every slip of one digit of 200 valid BINs: about 1 in 60 slips in the first ten digits and
		// most in the eleventh pass, so about 9 in 10 are caught. The bound leaves room, not doubt.
		const bins = fc.sample(validBin, { numRuns: 200, seed: 7 });
		let slips = 0;
		let caught = 0;
		for (const bin of bins) {
			for (let position = 0; position < 12; position++) {
				for (let shift = 1; shift <= 9; shift++) {
					slips += 1;
					if (binProblem(slip(bin, position, shift)) !== null) caught += 1;
				}
			}
		}
		expect(caught / slips).toBeGreaterThan(0.88);
		expect(caught / slips).toBeLessThan(0.95);
	});
});
