// An entry as the bell, the notifications page and the JSON API show it: the stored entry with its
// topic and its sentence in the reader's language (`noticeText`, the one way an entry is said).
import { TOPIC_OF } from '../../notifications/kinds';
import type { NotificationShown } from '../../notifications/shown';
import { noticeText } from '../../notifications/words';
import type { Lang } from '../../plan/localized';
import type { NotificationEntry } from './store';

/** `entry` with its topic and its words in `lang`. */
export function shownNotification(entry: NotificationEntry, lang: Lang): NotificationShown {
	return { ...entry, topic: TOPIC_OF[entry.kind], text: noticeText(entry, lang) };
}
