/** An application using the beatra client as a module: one {@code requires} brings the runtime and Jackson along. */
module dev.taskclients.sample {
  requires dev.taskclients.beatra;
}
