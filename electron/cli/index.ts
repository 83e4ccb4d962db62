// CLI: placeholder until the command lands.
