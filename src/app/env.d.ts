/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional online tile layer, e.g. "https://tile.example.org/{z}/{x}/{y}.png"; unset = offline. */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}
