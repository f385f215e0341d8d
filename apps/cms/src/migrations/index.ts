import * as migration_20261123_093132_initial from './20261123_093132_initial';
import * as migration_20261123_095812_reach_counts from './20261123_095812_reach_counts';

export const migrations = [
  {
    up: migration_20261123_093132_initial.up,
    down: migration_20261123_093132_initial.down,
    name: '20261123_093132_initial',
  },
  {
    up: migration_20261123_095812_reach_counts.up,
    down: migration_20261123_095812_reach_counts.down,
    name: '20261123_095812_reach_counts'
  },
];
