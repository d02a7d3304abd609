package nl.gemeente.lea;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 4 application that receives questionnaire answers, as the README shows. */
@SpringBootApplication
public class Toepassing {

  /**
   * Starts the application.
   *
   * @param args Spring's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(Toepassing.class, args);
  }
}
