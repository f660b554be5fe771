// The recognisers and the types they return (Entity, Claim, Analysis, …) are part of the library's
// API: every module that imports Annotations sees them without importing Recognition.
@_exported import Recognition
