// stdout-prefix: sum 4999950000
package main

import "fmt"

func main() {
	const workers, per = 100, 1000
	chans := make([]chan int, 10)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < per; i++ {
				v := w*per + i
				select {
				case chans[0] <- v:
				case chans[1] <- v:
				case chans[2] <- v:
				case chans[3] <- v:
				case chans[4] <- v:
				case chans[5] <- v:
				case chans[6] <- v:
				case chans[7] <- v:
				case chans[8] <- v:
				case chans[9] <- v:
				}
			}
		}()
	}
	sum := 0
	for n := 0; n < workers*per; n++ {
		select {
		case v := <-chans[0]:
			sum += v
		case v := <-chans[1]:
			sum += v
		case v := <-chans[2]:
			sum += v
		case v := <-chans[3]:
			sum += v
		case v := <-chans[4]:
			sum += v
		case v := <-chans[5]:
			sum += v
		case v := <-chans[6]:
			sum += v
		case v := <-chans[7]:
			sum += v
		case v := <-chans[8]:
			sum += v
		case v := <-chans[9]:
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
