package com.example.petstore.app;

import com.example.petstore.PetstoreClient;
import com.example.petstore.model.NewPet;
import com.example.petstore.model.Pet;
import dev.taskclients.runtime.exception.NotFoundException;
import java.util.Objects;
import java.util.Optional;

/** What the application does with the petstore: registers pets for adoption and looks them up. */
public final class Adoptions {
  private final PetstoreClient petstore;

  /**
   * Uses a client built once and shared: clients are immutable and thread-safe.
   *
   * @param petstore the client
   */
  public Adoptions(PetstoreClient petstore) {
    this.petstore = Objects.requireNonNull(petstore, "petstore");
  }

  /**
   * Registers a pet for adoption.
   *
   * @param name its name
   * @param kind what kind of pet it is, kept as the pet's tag
   * @return the id the store gave it
   */
  public long register(String name, String kind) {
    Pet pet = petstore.addPet(NewPet.builder().name(name).tag(kind).build());
    return pet.id();
  }

  /**
   * Looks a pet up.
   *
   * @param id the pet's id
   * @return its name, or empty when the store has no such pet
   */
  public Optional<String> nameOf(long id) {
    try {
      return Optional.of(petstore.findPetById(id).name());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
