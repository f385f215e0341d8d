import * as migration_20261123_093132_initial from './20261123_093132_initial';
import * as migration_20261123_095812_reach_counts from './20261123_095812_reach_counts';
import * as migration_20261202_161507_media_object_storage from './20261202_161507_media_object_storage';

export const migrations = [
  {
    up: migration_20261123_093132_initial.up,
    down: migration_20261123_093132_initial.down,
    name: '20261123_093132_initial',
  },
  {
    up: migration_20261123_095812_reach_counts.up,
    down: migration_20261123_095812_reach_counts.down,
    name: '20261123_095812_reach_counts',
  },
  {
    up: migration_20261202_161507_media_object_storage.up,
    down: migration_20261202_161507_media_object_storage.down,
    name: '20261202_161507_media_object_storage'
  },
];
