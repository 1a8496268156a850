// The BIN (business identification number) of a Kazakh legal entity: 12 digits, the last a check
// digit. The check digit is the weighted sum of the first eleven (weights 1…11) modulo 11; when that
// is 10, the sum is taken again with weights 3…11, 1, 2, and a number whose second sum is also 10 is
// never issued. Checked here, in every door, it catches most typing slips, not all: the eleventh
// digit weighs 11 in the first sum, so a slip in it goes unnoticed unless the second sum decides,
// and about one slip in sixty elsewhere lands on a number whose check digit happens to match.

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export type BinProblem = 'not_digits' | 'wrong_length' | 'check_digit';

/** The check digit for the first eleven digits of a BIN, or null when no BIN can start with them. */
export function binCheckDigit(first11: string): number | null {
	if (!/^\d{11}$/.test(first11)) return null;
	const digits = [...first11].map(Number);
	const sum = (weights: number[]) => digits.reduce((total, digit, i) => total + digit * weights[i]!, 0) % 11;
	const first = sum(FIRST);
	if (first !== 10) return first;
	const second = sum(SECOND);
	return second === 10 ? null : second;
}

/** What is wrong with `bin` as written (spaces allowed between groups), or null when it is a valid BIN. */
export function binProblem(bin: string): BinProblem | null {
	const digits = bin.replace(/\s+/g, '');
	if (!/^\d*$/.test(digits)) return 'not_digits';
	if (digits.length !== 12) return 'wrong_length';
	return binCheckDigit(digits.slice(0, 11)) === Number(digits[11]) ? null : 'check_digit';
}

/** `bin` without spaces: the form it is stored and compared in. */
export function normalBin(bin: string): string {
	return bin.replace(/\s+/g, '');
}
