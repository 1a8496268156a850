// The day a funding picture is taken on: the one asked for, or the server's today.
import { Refusal } from '../../refusal';
import { isIsoDate } from '../../plan/input';
import { serverNow } from '../clock';

export function fundingDay(asOf: string | null): string {
	if (asOf === null) return new Date(serverNow()).toISOString().slice(0, 10);
	if (!isIsoDate(asOf))
		throw new Refusal(400, 'invalid_date', 'asOf must be a date, YYYY-MM-DD', { field: 'asOf' });
	return asOf;
}
