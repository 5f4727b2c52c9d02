package com.example.petstore.app;

import com.example.petstore.PetstoreClient;

/** Prints the name of a pet, or that the store has none: {@code Main <base URL> <pet id>}. */
public final class Main {
  private Main() {
  }

  /**
   * Looks one pet up.
   *
   * @param args the petstore's base URL and a pet id
   */
  public static void main(String[] args) {
    PetstoreClient petstore = PetstoreClient.builder().baseUrl(args[0]).build();
    long id = Long.parseLong(args[1]);
    System.out.println(new Adoptions(petstore).nameOf(id).orElse("no pet " + id));
  }
}
