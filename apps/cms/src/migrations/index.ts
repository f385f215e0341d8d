import * as migration_20261123_093132_initial from './20261123_093132_initial';

export const migrations = [
  {
    up: migration_20261123_093132_initial.up,
    down: migration_20261123_093132_initial.down,
    name: '20261123_093132_initial'
  },
];
