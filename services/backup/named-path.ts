/** A file the caller named: where it is (absolute), and how messages name it (the path as the caller gave it). */
export interface NamedPath {
  path: string;
  naam: string;
}
