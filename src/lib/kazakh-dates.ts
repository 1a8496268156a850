// Dates in Kazakh, written as the Unicode CLDR writes them ("2023 ж. 24 нау., 16:00"), without
// relying on the runtime's Kazakh locale data: Node has it, but browsers often claim Kazakh and
// then print "2023 M03 24" (Debian's Chromium does), and a page must read the same on the server
// and in the browser. The fields come from Intl in English (always present), the words from here.

/** Month names as a date writes them ("5 ақпан"), January first. */
const MONTHS = [
	'қаңтар',
	'ақпан',
	'наурыз',
	'сәуір',
	'мамыр',
	'маусым',
	'шілде',
	'тамыз',
	'қыркүйек',
	'қазан',
	'қараша',
	'желтоқсан'
];
const SHORT_MONTHS = [
	'қаң.',
	'ақп.',
	'нау.',
	'сәу.',
	'мам.',
	'мау.',
	'шіл.',
	'там.',
	'қыр.',
	'қаз.',
	'қар.',
	'жел.'
];
/** Sunday first, as `Date.getDay` counts. */
const WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type Fields = {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	weekday: number;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar fields of `date` in `timeZone` (the runtime's own when undefined). */
function fieldsIn(timeZone: string | undefined): (date: Date) => Fields {
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		weekday: 'short',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	});
	return (date) => {
		const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
		const number = (type: string) => Number(parts[type]);
		return {
			year: number('year'),
			month: number('month'),
			day: number('day'),
			hour: number('hour') % 24,
			minute: number('minute'),
			second: number('second'),
			weekday: ENGLISH_WEEKDAYS.indexOf(parts.weekday ?? '')
		};
	};
}

function dateIn(style: NonNullable<Intl.DateTimeFormatOptions['dateStyle']>, f: Fields): string {
	switch (style) {
		case 'full':
			return `${f.year} ж. ${f.day} ${MONTHS[f.month - 1]}, ${WEEKDAYS[f.weekday]}`;
		case 'long':
			return `${f.year} ж. ${f.day} ${MONTHS[f.month - 1]}`;
		case 'medium':
			return `${f.year} ж. ${pad(f.day)} ${SHORT_MONTHS[f.month - 1]}`;
		case 'short':
			return `${pad(f.day)}.${pad(f.month)}.${pad(f.year % 100)}`;
	}
}

/** Hours and minutes, and seconds for a medium time. */
function timeIn(style: 'short' | 'medium', f: Fields): string {
	const time = `${pad(f.hour)}:${pad(f.minute)}`;
	return style === 'short' ? time : `${time}:${pad(f.second)}`;
}

/** Year, month and day asked for one by one, in the combinations the pages use; null for others. */
function componentsIn(options: Intl.DateTimeFormatOptions, f: Fields): string | null {
	const { year, month, day, hour, minute } = options;
	const time = hour !== undefined && minute !== undefined ? `${pad(f.hour)}:${pad(f.minute)}` : null;
	if ((hour !== undefined) !== (minute !== undefined) || month === 'narrow') return null;
	let date: string | null;
	const d = day === '2-digit' ? pad(f.day) : String(f.day);
	if (!year && !month && !day) date = '';
	else if (month === 'long' || month === 'short') {
		const name = (month === 'long' ? MONTHS : SHORT_MONTHS)[f.month - 1]!;
		if (year && day) date = `${f.year} ж. ${d} ${name}`;
		else if (year) date = `${f.year} ж. ${name}`;
		else if (day) date = `${d} ${name}`;
		// A month on its own is named as a heading names it, capitalised.
		else date = month === 'long' ? name[0]!.toLocaleUpperCase('kk') + name.slice(1) : name;
	} else if (month) {
		const y = year === '2-digit' ? pad(f.year % 100) : String(f.year);
		if (year && day) date = `${pad(f.day)}.${pad(f.month)}.${y}`;
		else if (year) date = `${pad(f.month)}.${y}`;
		else if (day) date = `${pad(f.day)}.${pad(f.month)}`;
		else date = String(f.month);
	} else if (year && !day) date = year === '2-digit' ? pad(f.year % 100) : String(f.year);
	else date = null;
	if (date === null) return null;
	if (!time) return date || null;
	return date ? `${date}, ${time}` : time;
}

const STYLES = new Set(['dateStyle', 'timeStyle', 'timeZone']);
const COMPONENTS = new Set(['year', 'month', 'day', 'hour', 'minute', 'timeZone']);

/**
 * A formatter of dates in Kazakh for `options` (dateStyle and a short or medium timeStyle, or year,
 * month, day, hour and minute), or null for options it does not write, such as a time zone's name
 * or an era (the caller falls back to Intl).
 */
export function kazakhDateFormat(options: Intl.DateTimeFormatOptions): ((date: Date) => string) | null {
	const fields = fieldsIn(options.timeZone);
	const { dateStyle, timeStyle } = options;
	const given = Object.keys(options).filter((key) => options[key as keyof typeof options] !== undefined);
	if (dateStyle || timeStyle) {
		if (!given.every((key) => STYLES.has(key)) || timeStyle === 'long' || timeStyle === 'full') return null;
		return (date) => {
			const f = fields(date);
			const parts = [
				dateStyle && dateIn(dateStyle, f),
				timeStyle && timeIn(timeStyle as 'short' | 'medium', f)
			];
			return parts.filter(Boolean).join(', ');
		};
	}
	if (!given.every((key) => COMPONENTS.has(key))) return null;
	const sample = componentsIn(options, fields(new Date(0)));
	if (sample === null) return null;
	return (date) => componentsIn(options, fields(date))!;
}
