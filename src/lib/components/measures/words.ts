// A measure's instrument and status in the reader's language.
import { m } from '$lib/paraglide/messages';
import type { MeasureInstrument, MeasureStatus } from '$lib/measures/measure';

export const instrumentWords: Record<MeasureInstrument, () => string> = {
	grant: m.measures_instrument_grant,
	interest_subsidy: m.measures_instrument_interest_subsidy,
	loan_guarantee: m.measures_instrument_loan_guarantee,
	co_financing: m.measures_instrument_co_financing,
	service: m.measures_instrument_service,
	tax_relief: m.measures_instrument_tax_relief,
	other: m.measures_instrument_other
};

export const statusWords: Record<MeasureStatus, () => string> = {
	in_force: m.measures_status_in_force,
	drafted: m.measures_status_drafted,
	proposed: m.measures_status_proposed
};

export const instrumentName = (instrument: MeasureInstrument): string => instrumentWords[instrument]();
export const statusName = (status: MeasureStatus): string => statusWords[status]();
