export { StackDiagram } from './stack-diagram';
export { PillarsDiagram } from './pillars-diagram';
export { MerlinDiagram } from './merlin-diagram';
export { SpotifyDiagram } from './spotify-diagram';
export { PickAndChooseDiagram } from './pick-and-choose-diagram';
export { ExistingPlatformDiagram } from './existing-platform-diagram';
