using Rollup.Sequencer.Service;

return await SequencerComposition.RunAsync(args);
