// Several instances: REDIS_URL with DATABASE_URL. The instances share PostgreSQL (the truth) and
// hear of each other's stored updates over Redis; without REDIS_URL an instance is alone.
import { createHash } from 'node:crypto';
import { StorageConfigError, type Storage } from '../src/lib/server/db';
import { noNews, type News } from './collab/news';
import { redisNews } from './collab/redis-news';

/** The news between instances that the environment asks for. */
export async function newsFromEnv(
	storage: Pick<Storage, 'dialect' | 'location'>,
	env = process.env
): Promise<News> {
	const url = env.REDIS_URL?.trim();
	if (!url) return noNews;
	if (storage.dialect !== 'postgres')
		throw new StorageConfigError(
			'REDIS_URL (several instances) needs DATABASE_URL: instances share a PostgreSQL database, not an SQLite file'
		);
	if (!/^rediss?:\/\//.test(url)) throw new StorageConfigError('REDIS_URL must be a redis:// address');
	// The database names the channels: only instances on the same database hear each other.
	const database = createHash('sha256').update(storage.location).digest('hex').slice(0, 16);
	return redisNews(url, database);
}
