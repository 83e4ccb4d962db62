// Electron main: placeholder until the shell lands.
