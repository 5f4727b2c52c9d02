/** An application of the petstore client: finds pets by tag. */
module com.example.petstore.app {
  requires com.example.petstore;

  exports com.example.petstore.app;
}
