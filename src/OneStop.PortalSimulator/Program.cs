using OneStop.PortalSimulator;

// The National Public Service Portal simulator. The account it accepts comes from the environment
// (Simulator__Username, Simulator__Password), as the province system's own account does.
var app = SimulatorApp.Build(args);
await app.RunAsync();
