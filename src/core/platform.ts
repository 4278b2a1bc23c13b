/** The chat platforms mujaz speaks on (shared by the core, the platforms and the digests). */
export type PlatformName = 'console' | 'telegram' | 'slack';
