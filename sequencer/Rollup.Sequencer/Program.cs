using Rollup.Sequencer.Hosting;

return await SequencerHost.RunAsync(args);
